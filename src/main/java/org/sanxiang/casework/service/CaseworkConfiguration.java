package org.sanxiang.casework.service;

import org.sanxiang.casework.DecisionGuard;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until the legal-review module provides its own {@link DecisionGuard}, every major
 * decision is refused (SH-1: 重大执法决定 only after a passed 法制审核).
 */
@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

	@Bean
	@ConditionalOnMissingBean(DecisionGuard.class)
	DecisionGuard noReviewModule() {
		return DecisionGuard.NO_REVIEW_MODULE;
	}

}
