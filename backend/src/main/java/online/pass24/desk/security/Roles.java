package online.pass24.desk.security;

import java.util.Set;

/** The realm roles the product knows (SPEC §1); any other realm role is ignored. */
public final class Roles {

    public static final String AGENT = "agent";
    public static final String LEAD = "lead";
    public static final String DEVELOPER = "developer";
    public static final String INTEGRATION = "integration";
    public static final String WALLBOARD = "wallboard";

    static final Set<String> ALL = Set.of(AGENT, LEAD, DEVELOPER, INTEGRATION, WALLBOARD);

    private Roles() {
    }
}
