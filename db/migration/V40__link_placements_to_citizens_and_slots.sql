-- Placements from the slot flow point at their citizen and slot, and a filled slot at
-- its placement. Imported placements have neither.
alter table placement
    add constraint fk_placement_citizen foreign key (citizen_id) references citizen (id),
    add constraint fk_placement_slot foreign key (slot_id) references slot (id);
alter table slot
    add constraint fk_slot_placement foreign key (placement_id) references placement (id);

-- "is this citizen in a running placement?" (referral rules and suggestions)
create index ix_placement_citizen on placement (citizen_id, start_date) where citizen_id is not null;
