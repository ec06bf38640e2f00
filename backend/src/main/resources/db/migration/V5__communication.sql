-- Client communication (SPEC §4): the log of every contact, versioned message templates that
-- follow the regulation's scripts, and the phrases never to say.

CREATE TABLE communication (
    id                 uuid        PRIMARY KEY,
    ticket_id          uuid        NOT NULL REFERENCES ticket (id),
    channel            text        NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'CHAT', 'PORTAL')),
    direction          text        NOT NULL CHECK (direction IN ('OUTBOUND', 'INBOUND')),
    subject            text,
    text               text        NOT NULL,
    template_kind      text,
    template_version   integer,
    author             text        NOT NULL,
    occurred_at        timestamptz NOT NULL,
    delivery_status    text        NOT NULL CHECK (delivery_status IN ('LOGGED', 'QUEUED', 'SENT', 'FAILED')),
    override_warnings  boolean     NOT NULL DEFAULT false,
    -- the forbidden phrases found when it was sent anyway, as JSON
    warnings           jsonb       NOT NULL DEFAULT '[]'
);
CREATE INDEX communication_ticket_idx ON communication (ticket_id, occurred_at);

CREATE TABLE message_template (
    kind        text        NOT NULL CHECK (kind IN ('FIRST_CONTACT', 'STATUS_UPDATE', 'PRIORITY_CHANGE',
                                                     'ESCALATION_NOTICE', 'RESOLUTION_NOTICE', 'CLOSURE')),
    version     integer     NOT NULL,
    subject     text        NOT NULL,
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    PRIMARY KEY (kind, version)
);

CREATE TABLE forbidden_phrase (
    phrase    text        PRIMARY KEY,
    added_at  timestamptz NOT NULL
);

INSERT INTO forbidden_phrase (phrase, added_at) VALUES
    ('Это займет много времени', now()),
    ('Мы не гарантируем решение в срок', now()),
    ('Это не наша проблема', now());

INSERT INTO message_template (kind, version, subject, body, created_at, created_by) VALUES
('FIRST_CONTACT', 1, '[{{ticketKey}}] Ваше обращение принято в экстренную обработку',
$$Здравствуйте, {{clientName}}!

Я {{specialistName}}, специалист технической поддержки PASS24.online.

Ваше обращение {{ticketKey}} получило статус экстренного, и мы приступаем к его обработке немедленно.

Для быстрого решения проблемы мне нужно уточнить несколько моментов:
1. Когда именно возникла проблема?
2. Что именно не работает? (опишите максимально подробно)
3. Сколько пользователей затронуто проблемой?
4. Есть ли возможность предоставить доступ к системе для диагностики?

Мы работаем над решением вашей проблемы и свяжемся с вами в ближайшее время.

Мой контакт: {{specialistContact}}$$, now(), 'regulation'),
('STATUS_UPDATE', 1, '[{{ticketKey}}] Статус работ по обращению',
$$Здравствуйте, {{clientName}}!

Сообщаем о ходе работ по обращению {{ticketKey}}: мы продолжаем работу над решением проблемы.

Новый срок решения: {{newDueTime}}.

Мы сообщим вам о результатах, как только они появятся.

С уважением,
{{specialistName}}
Служба технической поддержки PASS24.online
Мой контакт: {{specialistContact}}$$, now(), 'regulation'),
('PRIORITY_CHANGE', 1, '[{{ticketKey}}] Изменение приоритета обращения',
$$Здравствуйте, {{clientName}}!

По результатам диагностики приоритет обращения {{ticketKey}} изменён. Причина: {{cause}}.

Мы продолжаем работу над обращением в рамках нового уровня поддержки. Срок решения: {{newDueTime}}.

С уважением,
{{specialistName}}
Служба технической поддержки PASS24.online$$, now(), 'regulation'),
('ESCALATION_NOTICE', 1, '[{{ticketKey}}] Обращение передано в отдел разработки',
$$Здравствуйте, {{clientName}}!

Мы подтвердили ошибку в работе продукта по обращению {{ticketKey}} и передали её в отдел разработки.

Причина проблемы: {{cause}}

Мы будем сообщать вам о ходе исправления.

С уважением,
{{specialistName}}
Служба технической поддержки PASS24.online
Мой контакт: {{specialistContact}}$$, now(), 'regulation'),
('RESOLUTION_NOTICE', 1, '[{{ticketKey}}] Проблема решена',
$$Здравствуйте, {{clientName}}!

Проблема по обращению {{ticketKey}} решена.

Причина проблемы: {{cause}}
Примененное решение: {{solution}}
Время решения: {{resolutionTime}}

Система восстановлена и работает в штатном режиме.

Если у вас возникнут дополнительные вопросы или проблемы, пожалуйста, сообщите нам.

С уважением,
{{specialistName}}
Служба технической поддержки PASS24.online$$, now(), 'regulation'),
('CLOSURE', 1, '[{{ticketKey}}] Обращение закрыто',
$$Здравствуйте, {{clientName}}!

Работа по обращению {{ticketKey}} завершена, обращение закрыто.

Причина проблемы: {{cause}}
Примененное решение: {{solution}}
Время решения: {{resolutionTime}}

Спасибо, что обратились в техническую поддержку PASS24.online.

С уважением,
{{specialistName}}$$, now(), 'regulation');
