package online.pass24.desk.webhooks;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps webhooks from reaching inside the network (SSRF): no loopback, link-local, private,
 * carrier-grade NAT, unspecified or multicast addresses, unless the configuration allows
 * loopback (tests, a local receiver) or private ranges (an on-premises installation). Checked
 * when a subscription is made and again before every delivery, as DNS answers can change.
 */
@Singleton
public class UrlGuard {

    private final boolean allowLoopback;
    private final boolean allowPrivate;

    UrlGuard(@Value("${webhooks.allow-loopback:false}") boolean allowLoopback,
             @Value("${webhooks.allow-private:false}") boolean allowPrivate) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL may not be used, or empty when it may. Resolves the host: call off the event loop. */
    public Optional<String> refusal(URI url) {
        if (url.getScheme() == null || !(url.getScheme().equalsIgnoreCase("https") || url.getScheme().equalsIgnoreCase("http"))) {
            return Optional.of("only http and https URLs are allowed");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return Optional.of("the URL has no host");
        }
        if (url.getUserInfo() != null) {
            return Optional.of("credentials in the URL are not allowed; verify the signature instead");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("the host " + url.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of(address.getHostAddress() + " is a loopback address");
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return Optional.of(address.getHostAddress() + " is not a unicast address");
        }
        boolean internal = address.isLinkLocalAddress() || address.isSiteLocalAddress() || carrierNat(address)
                || uniqueLocal(address) || mappedInternal(address);
        if (internal && !allowPrivate) {
            return Optional.of(address.getHostAddress() + " is a private or link-local address");
        }
        return Optional.empty();
    }

    private static boolean carrierNat(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64
                || address instanceof Inet4Address && (b[0] & 0xff) == 0;
    }

    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** ::ffff:10.0.0.1 and the like. */
    private boolean mappedInternal(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return false;
        }
        byte[] b = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if ((b[10] & 0xff) != 0xff || (b[11] & 0xff) != 0xff) {
            return false;
        }
        try {
            InetAddress v4 = InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
            return refusal(v4).isPresent();
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
