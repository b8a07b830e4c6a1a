package io.clinscribe.delivery.fhir.server;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.MemoryBinaryStorageSvcImpl;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.dbcp2.BasicDataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import javax.sql.DataSource;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * HAPI FHIR's JPA server (the storage a real HAPI-based EHR runs) on an in-memory H2 database, wired with
 * plain Spring and served by a loopback Jetty behind a bearer-token check and a fault switch.
 */
final class JpaFhirServer implements AutoCloseable {

    final LoopbackJetty jetty;
    final ServerFaults faults = new ServerFaults();
    private final AnnotationConfigApplicationContext spring;

    JpaFhirServer(Predicate<String> acceptedTokens) {
        spring = new AnnotationConfigApplicationContext(Storage.class);
        RestfulServer server = new RestfulServer(spring.getBean(FhirContext.class));
        server.registerProviders(spring.getBean(ResourceProviderFactory.class).createProviders());
        server.registerProvider(spring.getBean(JpaSystemProvider.class));
        server.setPagingProvider(spring.getBean(DatabaseBackedPagingProvider.class));
        server.registerInterceptor(new BearerTokenCheck(acceptedTokens));
        server.registerInterceptor(faults);
        jetty = new LoopbackJetty().filter(faults).serve("/fhir/*", server);
    }

    JpaFhirServer start() throws Exception {
        jetty.start();
        return this;
    }

    String baseUrl() {
        return jetty.url("/fhir");
    }

    /** Where storage hooks go (STORAGE_PRESTORAGE_RESOURCE_CREATED and the like). */
    IInterceptorService interceptors() {
        return spring.getBean(IInterceptorService.class);
    }

    IFhirSystemDao<?, ?> systemDao() {
        return spring.getBean(IFhirSystemDao.class);
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.close();
        } finally {
            spring.close();
        }
    }

    /** The beans HAPI's JPA configuration expects the application to give. */
    @Configuration
    @Import({JpaR4Config.class, HapiJpaConfig.class, JpaBatch2Config.class, Batch2JobsConfig.class,
            SubscriptionChannelConfig.class, ThreadPoolFactoryConfig.class})
    static class Storage {

        @Bean
        public JpaStorageSettings storageSettings() {
            JpaStorageSettings settings = new JpaStorageSettings();
            // A conditional create names its match with a search; the test's searches must see fresh results.
            settings.setReuseCachedSearchResultsForMillis(null);
            return settings;
        }

        @Bean
        public PartitionSettings partitionSettings() {
            return new PartitionSettings();
        }

        @Bean
        public DataSource dataSource() {
            BasicDataSource h2 = new BasicDataSource();
            h2.setDriver(new org.h2.Driver());
            h2.setUrl("jdbc:h2:mem:fhir-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            h2.setUsername("sa");
            h2.setPassword("");
            h2.setMaxTotal(20);
            return h2;
        }

        @Bean
        public LocalContainerEntityManagerFactoryBean entityManagerFactory(ConfigurableListableBeanFactory beans,
                                                                           FhirContext fhir,
                                                                           JpaStorageSettings settings,
                                                                           DataSource dataSource) {
            LocalContainerEntityManagerFactoryBean factory =
                    HapiEntityManagerFactoryUtil.newEntityManagerFactory(beans, fhir, settings);
            factory.setPersistenceUnitName("clinscribe-test-ehr");
            factory.setDataSource(dataSource);
            Properties jpa = new Properties();
            jpa.put("hibernate.dialect", HapiFhirH2Dialect.class.getName());
            jpa.put("hibernate.hbm2ddl.auto", "update");
            jpa.put("hibernate.search.enabled", "false");
            jpa.put("hibernate.format_sql", "false");
            jpa.put("hibernate.show_sql", "false");
            factory.setJpaProperties(jpa);
            return factory;
        }

        @Bean
        public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
            return new JpaTransactionManager(entityManagerFactory);
        }

        @Bean
        public IBinaryStorageSvc binaryStorage() {
            return new MemoryBinaryStorageSvcImpl();
        }
    }
}
