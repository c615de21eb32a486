-- Issue 10, deadline module: a hearing that counts. One hearing per slot, period (T0 or
-- the day the slot became vacant) and the moment the slot last became unused in it, so
-- an agreement that falls through after week 26 gets a hearing of its own. A request to
-- keep the slot waits for a decision: granted (an extension) or refused (the slot closes).
alter table slot_hearing
    add column unused_since     timestamp with time zone,
    add column decision         varchar(10),
    add column decided_at       timestamp with time zone,
    add column decided_by       bigint,
    add column decision_reason  varchar(2000);

update slot_hearing set unused_since = slot_opened_at;
update slot_hearing set decision = 'GRANTED', decided_at = extended_at, decided_by = extended_by,
    decision_reason = extension_reason
where keep_requested and extension_until is not null;

alter table slot_hearing
    alter column unused_since set not null,
    drop constraint uk_slot_hearing_slot_t0,
    add constraint uk_slot_hearing_slot_period unique (slot_id, slot_opened_at, unused_since),
    add constraint fk_slot_hearing_decided_by foreign key (decided_by) references app_user (id),
    add constraint ck_slot_hearing_decision check (decision in ('GRANTED', 'REFUSED')),
    add constraint ck_slot_hearing_keep_reason check (not keep_requested or answer is not null);

-- the "hearings to decide" list: undecided requests to keep
create index ix_slot_hearing_undecided on slot_hearing (answered_at, id)
    where keep_requested and decision is null;
