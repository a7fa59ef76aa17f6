-- Analytics read the read model directly in SQL, as members of the role traverse_analytics (docs/access.md).
-- The role may only SELECT, and row-level security shows a session only the rows of the organization it names:
--     SET traverse.organization_id = '<organization id>';
-- A session that names none sees no rows. The application owns these tables and is not subject to the policies
-- (RLS is enabled, not forced, and owners bypass it), so projections and rebuilds are unaffected.

-- Roles belong to the whole cluster, so the role may exist already (another database, a DBA made it first).
-- A migration user without CREATEROLE cannot make it: then a DBA creates it and grants as in docs/access.md.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'traverse_analytics') THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
            CREATE ROLE traverse_analytics NOLOGIN;
        ELSE
            RAISE NOTICE 'role traverse_analytics does not exist and % may not create it; see docs/access.md',
                current_user;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'traverse_analytics') THEN
        GRANT USAGE ON SCHEMA public TO traverse_analytics;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO traverse_analytics;
        REVOKE ALL ON TABLE flyway_schema_history FROM traverse_analytics;
        -- Tables later migrations create (as the same user) are readable too; each one needs its own policy below.
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO traverse_analytics;
    END IF;
END
$$;

-- Every read-model table that carries organization_id gets the same policy.
DO $$
DECLARE
    tenant_table TEXT;
BEGIN
    FOR tenant_table IN
        SELECT c.table_name
        FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' AND t.table_type = 'BASE TABLE'
          AND c.table_name <> 'model_price'
    LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format(
            'CREATE POLICY organization_rows ON public.%I FOR SELECT'
                || ' USING (organization_id = current_setting(''traverse.organization_id'', true))',
            tenant_table);
    END LOOP;
END
$$;

ALTER TABLE organization ENABLE ROW LEVEL SECURITY;
CREATE POLICY organization_rows ON organization FOR SELECT
    USING (id = current_setting('traverse.organization_id', true));

-- Prices without an organization are the shared list every organization is billed by.
ALTER TABLE model_price ENABLE ROW LEVEL SECURITY;
CREATE POLICY organization_rows ON model_price FOR SELECT
    USING (organization_id IS NULL OR organization_id = current_setting('traverse.organization_id', true));
