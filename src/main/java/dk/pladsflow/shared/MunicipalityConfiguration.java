package dk.pladsflow.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The municipality the installation belongs to, from {@code pladsflow.municipality.name}
 * and {@code .code}; the bean is named {@code municipality}, which is how templates read
 * it.
 */
@Configuration(proxyBeanMethods = false)
class MunicipalityConfiguration {

	@Bean
	Municipality municipality(@Value("${pladsflow.municipality.name}") String name,
			@Value("${pladsflow.municipality.code}") String code) {
		return new Municipality(name, code);
	}

}
