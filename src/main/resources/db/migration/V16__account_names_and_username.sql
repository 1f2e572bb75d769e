-- Seed 000's registration names a person by first and last name (kept when given), and every
-- account gets a unique, URL-safe username: the first part of its stores' address
-- /api/v1/s/{username}/{slug}. It is fixed (username_locked_at) once one of its stores is public.
-- The rules match auth.entity.Username: 3-30 characters of a-z, 0-9 and single inner hyphens.
ALTER TABLE account
    ADD COLUMN first_name         VARCHAR(100),
    ADD COLUMN last_name          VARCHAR(100),
    ADD COLUMN username           VARCHAR(30),
    ADD COLUMN username_locked_at TIMESTAMPTZ;

-- Existing accounts: the accent-folded display name (not the e-mail, which a public address would
-- reveal), else the e-mail's local part; a short, reserved or repeated one gets a suffix from the id.
WITH folded AS (
    SELECT id, created_at, email,
           trim(BOTH '-' FROM regexp_replace(
               translate(lower(display_name),
                         'áàâäãåéèêëíìîïóòôöõøúùûüñçýÿ', 'aaaaaaeeeeiiiiooooooouuuuncyy'),
               '[^a-z0-9]+', '-', 'g')) AS from_name,
           trim(BOTH '-' FROM regexp_replace(
               translate(lower(split_part(email, '@', 1)),
                         'áàâäãåéèêëíìîïóòôöõøúùûüñçýÿ', 'aaaaaaeeeeiiiiooooooouuuuncyy'),
               '[^a-z0-9]+', '-', 'g')) AS from_email
    FROM account
), based AS (
    SELECT id, created_at,
           trim(BOTH '-' FROM left(
               CASE WHEN length(from_name) >= 3 THEN from_name
                    WHEN length(from_email) >= 1 THEN from_email
                    ELSE 'user' END, 30)) AS base
    FROM folded
), ranked AS (
    SELECT id, base,
           row_number() OVER (PARTITION BY base ORDER BY created_at, id) AS rank
    FROM based
)
UPDATE account a
SET username = CASE
        WHEN r.rank = 1 AND length(r.base) >= 3
             AND r.base NOT IN ('admin', 'administrator', 'api', 'app', 'assets', 'auth', 'cdn',
                                'help', 'login', 'logout', 'mail', 'marketplace', 'me', 'metrics',
                                'health', 'null', 'openapi', 'register', 'root', 'settings', 'shop',
                                'signup', 'static', 'store', 'stores', 'support', 'system',
                                'undefined', 'vita', 'www')
            THEN r.base
        ELSE trim(BOTH '-' FROM left(r.base, 23)) || '-' || substr(md5(a.id::text), 1, 6)
    END
FROM ranked r
WHERE r.id = a.id;

ALTER TABLE account
    ALTER COLUMN username SET NOT NULL,
    ADD CONSTRAINT account_username_unique UNIQUE (username),
    ADD CONSTRAINT account_username_format
        CHECK (username ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(username) BETWEEN 3 AND 30);
