package online.pass24.desk.wallboard;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import online.pass24.desk.api.WallboardApi;
import online.pass24.desk.api.model.Wallboard;
import online.pass24.desk.security.Roles;
import reactor.core.publisher.Mono;

@Controller
@Secured({Roles.WALLBOARD, Roles.AGENT, Roles.LEAD})
class WallboardController implements WallboardApi {

    private final WallboardService wallboard;

    WallboardController(WallboardService wallboard) {
        this.wallboard = wallboard;
    }

    @Override
    public Mono<Wallboard> getWallboard() {
        return Mono.defer(wallboard::current);
    }
}
