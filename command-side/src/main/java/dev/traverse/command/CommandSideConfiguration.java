package dev.traverse.command;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Assembles the command side: aggregates, controllers and the write-side directory. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class CommandSideConfiguration {}
