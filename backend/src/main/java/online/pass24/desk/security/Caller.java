package online.pass24.desk.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who is calling, as the token says: a person with realm roles, or an integration acting for
 * one client organisation (the {@code organization} claim).
 */
public record Caller(String username, @Nullable String name, @Nullable String email,
                     List<String> roles, @Nullable String organization) {

    public static Caller of(Authentication authentication) {
        var claims = authentication.getAttributes();
        return new Caller(
                authentication.getName(),
                claim(claims.get("name")),
                claim(claims.get("email")),
                List.copyOf(authentication.getRoles()),
                claim(claims.get("organization")));
    }

    /** The organisation an integration is confined to; empty for support staff, who see all. */
    public Optional<String> tenant() {
        if (!roles.contains(Roles.INTEGRATION) || isStaff()) {
            return Optional.empty();
        }
        // An integration without the claim is confined to a tenant no ticket belongs to.
        return Optional.of(organization != null ? organization : "unassigned:" + username);
    }

    private boolean isStaff() {
        return roles.contains(Roles.AGENT) || roles.contains(Roles.LEAD);
    }

    private static String claim(Object value) {
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? null : String.valueOf(values.iterator().next());
        }
        return value == null ? null : String.valueOf(value);
    }
}
