-- Export permissions for every list screen (core/auth/permissions.ts BUILT_IN_ROLES declares the same grants).
-- Data only: the built-in roles get the new permissions they lack.
UPDATE "AccessRole" SET "permissions" = ARRAY(SELECT DISTINCT unnest("permissions" || ARRAY['opportunity:export', 'lead:export', 'quote:export', 'order:export', 'contract:export', 'activity:export']::TEXT[]))
WHERE "key" IN ('ADMIN', 'SALES_MANAGER');

UPDATE "AccessRole" SET "permissions" = ARRAY(SELECT DISTINCT unnest("permissions" || ARRAY['contract:export', 'activity:export']::TEXT[]))
WHERE "key" = 'SERVICE_MANAGER';

UPDATE "AccessRole" SET "permissions" = ARRAY(SELECT DISTINCT unnest("permissions" || ARRAY['lead:export']::TEXT[]))
WHERE "key" = 'MARKETER';
