-- The slot list without a phase filter (all slots, by deadline) reads this index in order
-- instead of sorting every slot.
create index ix_slot_deadline on slot (deadline, id);
