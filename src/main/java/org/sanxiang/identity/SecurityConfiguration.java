package org.sanxiang.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. The portal, certificate verification, read APIs and health are public; the
 * console needs a login; API writes need 管理员 (HTTP Basic for scripts, session + CSRF header for
 * the console).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/console/**").authenticated()
			.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
			.requestMatchers("/api/**").hasRole(Role.ADMIN.name())
			.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

}
