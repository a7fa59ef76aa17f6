-- Model prices in dollars per token. Rows with organization_id NULL are the prices Traverse ships for common models;
-- organizations add their own (which win) through the API. model_pattern is a model name or a glob with '*';
-- like_pattern is the same as a lowercase SQL LIKE pattern.
CREATE TABLE model_price (
    organization_id        TEXT,
    model_pattern          TEXT            NOT NULL,
    like_pattern           TEXT            NOT NULL,
    input_price_per_token  NUMERIC(24, 12) NOT NULL,
    output_price_per_token NUMERIC(24, 12) NOT NULL,
    effective_from         DATE            NOT NULL,
    source                 TEXT            NOT NULL,
    updated_at             TIMESTAMPTZ     NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX model_price_uk ON model_price (coalesce(organization_id, ''), model_pattern, effective_from);

-- Published list prices per million tokens (input / output), divided by 10^6:
-- OpenAI gpt-4o 2.50/10.00, gpt-4o-mini 0.15/0.60, gpt-4.1 2.00/8.00, gpt-4.1-mini 0.40/1.60, o3-mini 1.10/4.40;
-- Anthropic Claude Sonnet 4 / 3.5 Sonnet 3.00/15.00, Claude Opus 4 15.00/75.00, Claude 3.5 Haiku 0.80/4.00;
-- Google Gemini 2.0 Flash 0.10/0.40, Gemini 1.5 Pro (<=128k) 1.25/5.00, Gemini 2.5 Pro (<=200k) 1.25/10.00;
-- DeepSeek V3 (deepseek-chat) 0.27/1.10.
INSERT INTO model_price (organization_id, model_pattern, like_pattern, input_price_per_token, output_price_per_token,
                         effective_from, source)
VALUES (NULL, 'gpt-4o*', 'gpt-4o%', 0.0000025, 0.00001, '2024-10-01', 'OpenAI list price'),
       (NULL, 'gpt-4o-mini*', 'gpt-4o-mini%', 0.00000015, 0.0000006, '2024-07-18', 'OpenAI list price'),
       (NULL, 'gpt-4.1*', 'gpt-4.1%', 0.000002, 0.000008, '2025-04-14', 'OpenAI list price'),
       (NULL, 'gpt-4.1-mini*', 'gpt-4.1-mini%', 0.0000004, 0.0000016, '2025-04-14', 'OpenAI list price'),
       (NULL, 'o3-mini*', 'o3-mini%', 0.0000011, 0.0000044, '2025-01-31', 'OpenAI list price'),
       (NULL, 'claude-sonnet-4*', 'claude-sonnet-4%', 0.000003, 0.000015, '2025-05-22', 'Anthropic list price'),
       (NULL, 'claude-3-5-sonnet*', 'claude-3-5-sonnet%', 0.000003, 0.000015, '2024-06-20', 'Anthropic list price'),
       (NULL, 'claude-opus-4*', 'claude-opus-4%', 0.000015, 0.000075, '2025-05-22', 'Anthropic list price'),
       (NULL, 'claude-3-5-haiku*', 'claude-3-5-haiku%', 0.0000008, 0.000004, '2024-11-04', 'Anthropic list price'),
       (NULL, 'gemini-2.0-flash*', 'gemini-2.0-flash%', 0.0000001, 0.0000004, '2025-02-05', 'Google list price'),
       (NULL, 'gemini-1.5-pro*', 'gemini-1.5-pro%', 0.00000125, 0.000005, '2024-10-01', 'Google list price'),
       (NULL, 'gemini-2.5-pro*', 'gemini-2.5-pro%', 0.00000125, 0.00001, '2025-06-17', 'Google list price'),
       (NULL, 'deepseek-chat', 'deepseek-chat', 0.00000027, 0.0000011, '2025-01-20', 'DeepSeek list price');
