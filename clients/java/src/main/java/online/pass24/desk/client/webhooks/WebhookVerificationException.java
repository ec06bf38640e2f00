package online.pass24.desk.client.webhooks;

/**
 * A delivery that must not be trusted: answer it with a 4xx and do not act on it. The message
 * says why, for the receiver's log; do not echo it to the sender.
 */
public class WebhookVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebhookVerificationException(String message) {
        super(message);
    }
}
