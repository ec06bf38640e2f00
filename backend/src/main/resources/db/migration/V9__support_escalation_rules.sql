-- Hierarchical escalation inside support: what a warning and a breach set in motion, per
-- policy version (the assignee always hears).
ALTER TABLE sla_policy
    ADD COLUMN on_warning text NOT NULL DEFAULT 'NOTIFY_LEAD',
    ADD COLUMN on_breach  text NOT NULL DEFAULT 'NOTIFY_LEAD,PROPOSE_REASSIGNMENT';
