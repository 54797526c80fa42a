package vn.danvan.petition.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import vn.danvan.petition.PortalSubmission;
import vn.danvan.petition.PublicPortal;
import vn.danvan.petition.PublicStatus;

/**
 * The public portal over REST, without an account: submit a petition and receive its tracking code; read its status
 * by code.
 */
@RestController
@RequestMapping("/api/v1/public/petitions")
class PublicPortalApi {

    private final PublicPortal portal;

    PublicPortalApi(PublicPortal portal) {
        this.portal = portal;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> submit(@RequestBody PortalSubmission submission, HttpServletRequest request) {
        String code = portal.submit(submission, request.getRemoteAddr());
        return ResponseEntity.status(201).body(Map.of("code", code));
    }

    @GetMapping("/{code}")
    PublicStatus track(@PathVariable String code) {
        return portal.track(code);
    }
}
