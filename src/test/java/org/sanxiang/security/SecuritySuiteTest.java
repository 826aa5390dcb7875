package org.sanxiang.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.sanxiang.support.SanxiangIntegrationTest;

import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a port of its own, in a context the security suite shares with
 * no other test: the suite calls every endpoint as every role and floods the public
 * lookups, and the rate limits it trips and the data it touches must not leak into other
 * tests' context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SanxiangIntegrationTest
@TestPropertySource(properties = "sanxiang.test.context=security-suite")
public @interface SecuritySuiteTest {

}
