-- Roles the external identity provider's groups give, apart from the roles VITA grants
-- (account_role): a token exchange replaces only these, so a buyer who became a seller through
-- VITA stays one, and a group removed at the issuer is a role removed at the next exchange.
CREATE TABLE account_external_role (
    account_id  UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        VARCHAR(20)  NOT NULL CHECK (role IN ('BUYER', 'SELLER', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);
