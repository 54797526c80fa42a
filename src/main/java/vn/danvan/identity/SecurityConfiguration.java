package vn.danvan.identity;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;
import vn.danvan.shared.web.Problems;
import vn.danvan.shared.web.PublicPaths;

/**
 * Two doors: the REST API under {@code /api} takes bearer tokens only, statelessly and without cookies (so CSRF does
 * not apply); pages use a session with form sign-in and CSRF on every form. Both send secure headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String[] OPEN_PAGES = { "/login", "/assets/**", "/webjars/**", "/favicon.ico",
            "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**" };

    @Bean
    PasswordEncoder passwordEncoder(@Value("${danvan.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    @Bean
    AuthenticationManager authenticationManager(SignInGuard signIn) {
        return new ProviderManager(signIn);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenDesk tokens, List<PublicPaths> publicPaths, Problems problems,
            LocaleResolver locales, JsonMapper json) throws Exception {
        ProblemWriter writer = new ProblemWriter(problems, locales, json);
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).filter(p -> p.startsWith("/api/"))
                .toArray(String[]::new);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll();
                    if (open.length > 0) {
                        requests.requestMatchers(open).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .addFilterBefore(new BearerTokenFilter(tokens, writer), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> writer.write(request, response, 401,
                                "access.unauthenticated"))
                        .accessDeniedHandler((request, response, e) -> writer.write(request, response, 403, "access.denied")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, ActorDirectory actors, List<PublicPaths> publicPaths)
            throws Exception {
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).filter(p -> !p.startsWith("/api/"))
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(OPEN_PAGES).permitAll();
            if (open.length > 0) {
                requests.requestMatchers(open).permitAll();
            }
            requests.anyRequest().authenticated();
        })
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::signInFailed))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .addFilterAfter(new ActorRefreshFilter(accounts, actors), SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        String reason = e instanceof LockedException ? "locked" : "failed";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    /** Writes problem details for failures that happen before a controller is reached. */
    record ProblemWriter(Problems problems, LocaleResolver locales, JsonMapper json) {

        void write(HttpServletRequest request, HttpServletResponse response, int status, String code) throws IOException {
            Locale locale = locales.resolveLocale(request);
            ProblemDetail problem = problems.problem(status, code, new Object[0], locale);
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
