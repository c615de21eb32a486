-- Referrals per opening (issue 10, item 5): a citizen may be referred again to a slot that
-- was reopened, so (slot, citizen) is no longer unique; the slot's aggregate refuses a
-- second referral within one opening (since T0). Closing or filling a slot withdraws its
-- open referrals, with the reason as a code (SLOT_CLOSED, SLOT_FILLED, SLOT_REOPENED).
alter table referral drop constraint uk_referral_slot_citizen;
create index ix_referral_slot_citizen on referral (slot_id, citizen_id);

alter table referral drop constraint ck_referral_state;
alter table referral add constraint ck_referral_state
    check (state in ('PROPOSED', 'CHOSEN', 'DECLINED', 'WITHDRAWN'));

-- open referrals left behind by slots that were closed, filled or reopened before this rule
update referral r
set state = 'WITHDRAWN', version = r.version + 1,
    reason = case when r.referred_at < s.opened_at then 'SLOT_REOPENED'
                  when s.phase = 'CLOSED' then 'SLOT_CLOSED' else 'SLOT_FILLED' end
from slot s
where s.id = r.slot_id and r.state = 'PROPOSED'
  and (s.phase in ('CLOSED', 'FILLED', 'VACANT') or r.referred_at < s.opened_at);
