-- Who created the project: a user id (identity-provider subject), later possibly an API key id. Events since
-- ProjectCreated revision 2 carry it; older ones are upcast from their metadata's actor_id, so a rebuild fills it
-- for projects created earlier. NULL only for projects whose creating event named no actor.
ALTER TABLE project ADD COLUMN created_by TEXT;
