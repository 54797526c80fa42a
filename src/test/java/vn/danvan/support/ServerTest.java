package vn.danvan.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application served on a random port with its demo data, as a browser or an HTTP client meets it; browser tests
 * and HTTP-level tests share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "danvan.demo=true")
public abstract class ServerTest {

    @LocalServerPort
    private int port;

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
