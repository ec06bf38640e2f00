package online.pass24.desk.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keycloak puts realm roles in the nested claim {@code realm_access.roles}, which the default
 * finder (top-level claims only) cannot see.
 */
@Singleton
@Replaces(DefaultRolesFinder.class)
public class RealmRolesFinder implements RolesFinder {

    @Override
    public List<String> resolveRoles(@Nullable Map<String, Object> attributes) {
        if (attributes == null) {
            return List.of();
        }
        if (attributes.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).filter(Roles.ALL::contains).toList();
        }
        return List.of();
    }
}
