-- The closed history (`GET /tickets?status=CLOSED`) in queue order: the open queue's index leaves
-- closed tickets out, so at a million tickets the history was a scan and a sort of every closed
-- one (~1 s); this partial index serves its first page and every cursor page directly.
CREATE INDEX ticket_closed_queue_idx ON ticket (level_rank, breached_rank, queue_due, received_at, id)
    WHERE status = 'CLOSED';
