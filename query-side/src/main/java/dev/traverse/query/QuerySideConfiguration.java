package dev.traverse.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Assembles the query side: projections, queries and query controllers. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class QuerySideConfiguration {

    /** Processing group of the projections of organizations, projects and test cases. */
    public static final String CATALOG = "catalog";

    /** Processing group of the projections of traversals, runs, costs and run statistics. */
    public static final String RUNS = "runs";

    /** Processing group of the projections of CI report runs, test results and per-test statistics. */
    public static final String REPORTS = "reports";
}
