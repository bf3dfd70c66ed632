-- Import permissions (core/auth/permissions.ts BUILT_IN_ROLES declares the same grants).
-- Data only: the built-in roles get the new permissions they lack.
UPDATE "AccessRole" SET "permissions" = ARRAY(SELECT DISTINCT unnest("permissions" || ARRAY['customer:import', 'contact:import', 'lead:import', 'product:import']::TEXT[]))
WHERE "key" IN ('ADMIN', 'SALES_MANAGER');

UPDATE "AccessRole" SET "permissions" = ARRAY(SELECT DISTINCT unnest("permissions" || ARRAY['lead:import']::TEXT[]))
WHERE "key" = 'MARKETER';
