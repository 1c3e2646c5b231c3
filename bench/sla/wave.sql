-- Wave :wave: 10,000 of the loaded clocks (a fresh range each wave) as if their tickets had been
-- opened 370 minutes ago, so their 75 % warning fell due ten minutes ago, all before the next check.
UPDATE sla_clock
   SET started_at = now() - interval '370 minutes', due_at = now() + interval '110 minutes',
       next_check_at = now() - interval '10 minutes'
 WHERE id IN (SELECT ('00000000-0000-7000-d000-' || lpad(to_hex(n), 12, '0'))::uuid
                FROM generate_series((:wave - 1) * 10000 + 1, :wave * 10000) AS n);
