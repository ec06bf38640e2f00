package online.pass24.desk.security.matrix;

import online.pass24.desk.support.ForgedTokens;
import online.pass24.desk.support.KeycloakTokens;

import java.util.Arrays;

/** The callers of the matrix, named as its columns are. */
public enum Caller {
    AGENT("agent"),
    LEAD("lead"),
    DEVELOPER("developer"),
    WALLBOARD("wallboard"),
    /** integration-demo, confined to organisation {@code demo-client}, whose data the fixtures are. */
    INTEGRATION_A("integration-a"),
    /** integration-other, another organisation: it must never read A's data. */
    INTEGRATION_B("integration-b"),
    ANONYMOUS("anonymous"),
    EXPIRED("expired"),
    FOREIGN_ISSUER("foreign-issuer"),
    ALG_NONE("alg-none");

    public final String column;

    Caller(String column) {
        this.column = column;
    }

    /** The bearer token this caller sends; null for none. */
    public String token() {
        return switch (this) {
            case AGENT, LEAD, DEVELOPER, WALLBOARD -> KeycloakTokens.user(column);
            case INTEGRATION_A -> Fixtures.organisationA();
            case INTEGRATION_B -> Fixtures.organisationB();
            case ANONYMOUS -> null;
            case EXPIRED -> ForgedTokens.expired();
            case FOREIGN_ISSUER -> ForgedTokens.foreignIssuer();
            case ALG_NONE -> ForgedTokens.unsigned();
        };
    }

    public static Caller ofColumn(String column) {
        return Arrays.stream(values()).filter(c -> c.column.equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No caller named " + column));
    }
}
