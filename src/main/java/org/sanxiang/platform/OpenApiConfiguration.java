package org.sanxiang.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title and terms of the REST API shown at {@code /v3/api-docs} and in Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI sanxiangApi() {
		return new OpenAPI().info(new Info().title("三项制度执法平台 REST API")
			.version("v1")
			.description("读取接口公开；写入接口需管理员身份（HTTP Basic，或登录工作台后在请求头携带 CSRF 令牌）。"
					+ "错误以 RFC 9457 problem+json 返回，errors 数组列出出错字段。")
			.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
	}

}
