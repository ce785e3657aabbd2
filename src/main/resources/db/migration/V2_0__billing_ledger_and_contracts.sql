-- Billing (issue 6): fee pass-through ledger, contracts of the terms of sale, price notices.
-- Customers, domains and operations belong to the core: referenced by plain ids, no foreign keys.

CREATE SEQUENCE ledger_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ledger_entry (
    id           BIGINT PRIMARY KEY,
    customer_id  BIGINT NOT NULL,
    domain       VARCHAR(253),
    operation_id BIGINT,
    registry_id  VARCHAR(64),
    contract_id  BIGINT,
    kind         VARCHAR(40) NOT NULL,
    amount       NUMERIC(19,2) NOT NULL,
    currency     VARCHAR(3) NOT NULL,
    vat_rate     NUMERIC(5,4) NOT NULL,
    vat_amount   NUMERIC(19,2) NOT NULL,
    cl_trid      VARCHAR(64),
    sv_trid      VARCHAR(64),
    reference    VARCHAR(128),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One charge per registry transaction, and one per operation and kind (a retried renewal).
    CONSTRAINT ledger_entry_registry_trid_uk UNIQUE (registry_id, sv_trid),
    CONSTRAINT ledger_entry_operation_kind_uk UNIQUE (operation_id, kind),
    CONSTRAINT ledger_entry_reference_uk UNIQUE (customer_id, kind, reference)
);

CREATE INDEX ledger_entry_customer_created_ix ON ledger_entry (customer_id, created_at);
CREATE INDEX ledger_entry_contract_ix ON ledger_entry (contract_id);

CREATE SEQUENCE contract_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE contract (
    id                       BIGINT PRIMARY KEY,
    customer_id              BIGINT NOT NULL,
    domain                   VARCHAR(253) NOT NULL,
    offer_name               VARCHAR(64) NOT NULL,
    offer_features           TEXT NOT NULL,
    offer_price_monthly      NUMERIC(19,2) NOT NULL,
    offer_rank               INTEGER NOT NULL,
    currency                 VARCHAR(3) NOT NULL,
    term_months              INTEGER NOT NULL,
    payment_method           VARCHAR(16) NOT NULL,
    status                   VARCHAR(24) NOT NULL,
    ordered_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at                  TIMESTAMP WITH TIME ZONE,
    activated_at             TIMESTAMP WITH TIME ZONE,
    term_ends_at             TIMESTAMP WITH TIME ZONE,
    termination_requested_at TIMESTAMP WITH TIME ZONE,
    ends_at                  TIMESTAMP WITH TIME ZONE,
    withdrawn_at             TIMESTAMP WITH TIME ZONE,
    suspended                BOOLEAN NOT NULL,
    offer_snapshot_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT NOT NULL
);

CREATE INDEX contract_customer_ix ON contract (customer_id);

CREATE SEQUENCE contract_payment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE contract_payment (
    id          BIGINT PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contract (id),
    amount      NUMERIC(19,2) NOT NULL,
    currency    VARCHAR(3) NOT NULL,
    method      VARCHAR(16) NOT NULL,
    reference   VARCHAR(128) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT contract_payment_reference_uk UNIQUE (contract_id, reference)
);

CREATE SEQUENCE contract_suspension_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE contract_suspension (
    id           BIGINT PRIMARY KEY,
    contract_id  BIGINT NOT NULL REFERENCES contract (id),
    reason       VARCHAR(24) NOT NULL,
    suspended_at TIMESTAMP WITH TIME ZONE NOT NULL,
    resumed_at   TIMESTAMP WITH TIME ZONE,
    fee_entry_id BIGINT
);

-- R14 and the other support actions: who did what to a contract, when and why.
CREATE SEQUENCE contract_audit_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE contract_audit (
    id          BIGINT PRIMARY KEY,
    contract_id BIGINT NOT NULL REFERENCES contract (id),
    action      VARCHAR(32) NOT NULL,
    rule        VARCHAR(8),
    actor       VARCHAR(128) NOT NULL,
    reason      TEXT NOT NULL,
    detail      TEXT,
    acted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE price_notice_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE price_notice (
    id                 BIGINT PRIMARY KEY,
    offer_name         VARCHAR(64) NOT NULL,
    old_price_monthly  NUMERIC(19,2) NOT NULL,
    new_price_monthly  NUMERIC(19,2) NOT NULL,
    currency           VARCHAR(3) NOT NULL,
    notified_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    opposition_ends_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX price_notice_offer_ix ON price_notice (offer_name, opposition_ends_at);
