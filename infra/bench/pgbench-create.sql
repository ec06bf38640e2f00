-- pgbench script of infra/bench/create.sh: the physical limit of "open a ticket". One transaction
-- writes what POST /api/v1/tickets writes for a standard request (TicketService.open), statement
-- for statement, with the same values: the ticket row and its workflow document, the two clocks
-- that run from receipt (FIRST_CONTACT, RESOLUTION) with their pending announcements (50 %, 80 %
-- and the breach each), the ticket's history entry and the global event. The schema's triggers
-- add what they add for the backend too: report_ticket (ticket and timers), stream_pending with
-- its NOTIFY, webhook_outbox. Not here: the backend's reads (the policy, and the ticket read back
-- for the 201) and the later, separate transactions of the stream sequencer and the webhook
-- dispatcher, so the ratio backend / pgbench is a conservative one.
BEGIN;
SELECT nextval('ticket_key_seq') AS n, 'EM-' || lpad(currval('ticket_key_seq')::text, 6, '0') AS key,
       gen_random_uuid() AS id \gset
INSERT INTO ticket (id, key, organization, client_name, contact_name, contact_phone, contact_email, channel, title,
                    description, level, criterion, status, received_at, created_at, updated_at, version, policy_id,
                    assignee, breached, next_due_at)
VALUES (':id', ':key', NULL, 'ООО Ромашка', 'Иван Петров', '+7 900 111-22-33',
        'ivan@romashka.example', 'PHONE', 'Не открываются ворота, заявка :n',
        'Пропуск не срабатывает на въезде, проверили считыватель, ошибка повторяется.', 'STANDARD', NULL, 'NEW',
        now(), now(), now(), 0, '00000000-0000-0000-0000-0000000000b1', NULL, false, now() + interval '4 hours');
UPDATE ticket SET workflow = CAST('{"assessment":{"suggestedLevel":"EMERGENCY"},"participants":[]}' AS jsonb) WHERE id = ':id';
INSERT INTO sla_timer (ticket_id, metric, started_at, target_minutes, due_at, stopped_at, paused_at, paused_seconds,
                       breached_at, extended, generation, elapsed_seconds)
VALUES (':id', 'FIRST_CONTACT', now(), 240, now() + interval '4 hours', NULL, NULL, 0, NULL, false, 1, NULL)
ON CONFLICT (ticket_id, metric) DO UPDATE SET
    started_at = EXCLUDED.started_at, target_minutes = EXCLUDED.target_minutes, due_at = EXCLUDED.due_at,
    stopped_at = EXCLUDED.stopped_at, paused_at = EXCLUDED.paused_at, paused_seconds = EXCLUDED.paused_seconds,
    breached_at = EXCLUDED.breached_at, extended = EXCLUDED.extended, generation = EXCLUDED.generation,
    elapsed_seconds = EXCLUDED.elapsed_seconds;
DELETE FROM sla_due_work WHERE ticket_id = ':id' AND metric = 'FIRST_CONTACT' AND done_at IS NULL AND due_at > now();
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
VALUES (':id', 'FIRST_CONTACT', 1, 50, now() + interval '2 hours')
ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING;
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
VALUES (':id', 'FIRST_CONTACT', 1, 80, now() + interval '192 minutes')
ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING;
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
SELECT ':id', 'FIRST_CONTACT', 1, 100, now() + interval '4 hours'
WHERE NOT (CAST(now() + interval '4 hours' AS timestamptz) <= now() AND EXISTS (
    SELECT 1 FROM sla_due_work w WHERE w.ticket_id = ':id' AND w.metric = 'FIRST_CONTACT'
      AND w.threshold = 100 AND w.done_at IS NULL))
ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING;
INSERT INTO sla_timer (ticket_id, metric, started_at, target_minutes, due_at, stopped_at, paused_at, paused_seconds,
                       breached_at, extended, generation, elapsed_seconds)
VALUES (':id', 'RESOLUTION', now(), 1440, now() + interval '4 days', NULL, NULL, 0, NULL, false, 1, NULL)
ON CONFLICT (ticket_id, metric) DO UPDATE SET
    started_at = EXCLUDED.started_at, target_minutes = EXCLUDED.target_minutes, due_at = EXCLUDED.due_at,
    stopped_at = EXCLUDED.stopped_at, paused_at = EXCLUDED.paused_at, paused_seconds = EXCLUDED.paused_seconds,
    breached_at = EXCLUDED.breached_at, extended = EXCLUDED.extended, generation = EXCLUDED.generation,
    elapsed_seconds = EXCLUDED.elapsed_seconds;
DELETE FROM sla_due_work WHERE ticket_id = ':id' AND metric = 'RESOLUTION' AND done_at IS NULL AND due_at > now();
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
VALUES (':id', 'RESOLUTION', 1, 50, now() + interval '3 days')
ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING;
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
VALUES (':id', 'RESOLUTION', 1, 80, now() + interval '4 days' - interval '5 hours')
ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING;
INSERT INTO sla_due_work (ticket_id, metric, generation, threshold, due_at)
SELECT ':id', 'RESOLUTION', 1, 100, now() + interval '4 days'
WHERE NOT (CAST(now() + interval '4 days' AS timestamptz) <= now() AND EXISTS (
    SELECT 1 FROM sla_due_work w WHERE w.ticket_id = ':id' AND w.metric = 'RESOLUTION'
      AND w.threshold = 100 AND w.done_at IS NULL))
ON CONFLICT (ticket_id, metric, generation, threshold) DO NOTHING;
INSERT INTO ticket_event (ticket_id, type, actor, occurred_at, data)
VALUES (':id', 'ticket.created', 'agent', now(), CAST('{"key":":key","level":"STANDARD","status":"NEW","receivedAt":"2026-11-27T06:37:53.305859594Z","policyVersion":1}' AS jsonb));
INSERT INTO event_log (type, subject, occurred_at, data)
VALUES ('ticket.created', ':id', now(), CAST('{"ticketId":":id","key":":key","level":"STANDARD"}' AS jsonb));
COMMIT;
