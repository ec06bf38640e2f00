package online.pass24.desk.security;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import online.pass24.desk.api.MeApi;
import online.pass24.desk.api.model.Me;
import reactor.core.publisher.Mono;

@Controller
class MeController implements MeApi {

    private final SecurityService security;

    MeController(SecurityService security) {
        this.security = security;
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Mono<Me> getMe() {
        return Mono.justOrEmpty(security.getAuthentication()).map(MeController::toMe);
    }

    private static Me toMe(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Me me = new Me(caller.username(), caller.roles());
        me.setName(caller.name());
        me.setEmail(caller.email());
        me.setOrganization(caller.organization());
        return me;
    }
}
