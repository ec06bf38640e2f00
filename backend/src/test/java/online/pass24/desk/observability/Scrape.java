package online.pass24.desk.observability;

import online.pass24.desk.support.Api;

import java.util.Arrays;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** One read of {@code /prometheus}, as Prometheus would scrape it: no token. */
final class Scrape {

    private final String text;

    private Scrape(String text) {
        this.text = text;
    }

    static Scrape of(Api api) {
        Api.Response response = api.get("/prometheus", null, "text/plain");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new Scrape(response.body());
    }

    /** The value of the sample {@code name} whose labels include every {@code label="value"} given. */
    OptionalDouble value(String name, String... labels) {
        return text.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }

    String text() {
        return text;
    }
}
