package online.pass24.desk.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Sends queued mail over SMTP with retries and exponential backoff. Mail is leased before it
 * is sent, so two instances never send the same message, and a lease that runs out (an
 * instance died mid-send) puts it back in the queue: delivery is at least once.
 */
// created with the context, not at its first round: its delivery meters are scraped from the start
@Context
@Requires(property = "mail.enabled", notEquals = "false")
public class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    static final int MAX_ATTEMPTS = 8;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MailRepository repository;
    private final Clock clock;
    private final Session session;
    private final InternetAddress from;
    private final Counter sent;
    private final Counter failed;
    private final Counter abandoned;

    MailSender(MailRepository repository, Clock clock, MeterRegistry meters,
               @Value("${mail.smtp.host:127.0.0.1}") String host,
               @Value("${mail.smtp.port:3025}") int port,
               @Value("${mail.from:Техподдержка PASS24.online <support@emergency-desk.local>}") String from) throws MessagingException {
        this.repository = repository;
        this.clock = clock;
        // desk.mail.deliveries{outcome}: sent; failed (an attempt, retried later); abandoned (given up)
        this.sent = outcomes(meters, "sent");
        this.failed = outcomes(meters, "failed");
        this.abandoned = outcomes(meters, "abandoned");
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        this.session = Session.getInstance(properties);
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("mail.from is not an address: " + from, e);
        }
    }

    private static Counter outcomes(MeterRegistry meters, String outcome) {
        return Counter.builder("desk.mail.deliveries").description("E-mail delivery attempts by outcome")
                .tag("outcome", outcome).register(meters);
    }

    @Scheduled(fixedDelay = "${mail.interval:1s}", initialDelay = "2s")
    void sendDue() {
        try {
            Instant now = clock.instant();
            // the scheduler's own thread: waiting here holds up no request
            List<MailRepository.Mail> batch = repository.lease(now, now.plus(LEASE), 20).collectList()
                    .blockOptional(Duration.ofSeconds(30)).orElse(List.of());
            for (MailRepository.Mail mail : batch) {
                deliver(mail);
            }
        } catch (RuntimeException e) {
            LOG.warn("mail round failed; the mail stays queued: {}", e.getMessage());
        }
    }

    private void deliver(MailRepository.Mail mail) {
        try {
            Transport.send(message(mail));
            sent.increment();
            repository.sent(mail.id(), clock.instant())
                    .then(mail.communicationId() == null ? reactor.core.publisher.Mono.just(0L)
                            : repository.deliveryStatus(mail.communicationId(), "SENT"))
                    .block(Duration.ofSeconds(10));
        } catch (MessagingException | RuntimeException e) {
            boolean last = mail.attempts() >= MAX_ATTEMPTS;
            (last ? abandoned : failed).increment();
            Duration backoff = Duration.ofSeconds(Math.min(3600, 5L << Math.min(mail.attempts(), 10)));
            LOG.warn("sending mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipient(), mail.attempts(), e.getMessage());
            repository.failed(mail.id(), last ? "FAILED" : "QUEUED", clock.instant().plus(backoff), String.valueOf(e.getMessage()))
                    .then(last && mail.communicationId() != null ? repository.deliveryStatus(mail.communicationId(), "FAILED")
                            : reactor.core.publisher.Mono.just(0L))
                    .block(Duration.ofSeconds(10));
        }
    }

    private MimeMessage message(MailRepository.Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        if (mail.inReplyTo() != null && !mail.inReplyTo().equals(mail.messageId())) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
            message.setHeader("References", mail.inReplyTo());
        }
        message.setSentDate(java.util.Date.from(clock.instant()));
        return message;
    }
}
