package dev.traverse.command.secret;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link SecretSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecretSettings.class)
class SecretConfiguration {}
