package org.retort.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.openscience.cdk.inchi.InChIGeneratorFactory;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.qsar.DescriptorEngine;
import org.openscience.cdk.qsar.IMolecularDescriptor;
import org.openscience.cdk.qsar.descriptors.molecular.TPSADescriptor;
import org.openscience.cdk.qsar.result.DoubleResult;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.smiles.SmilesParser;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.retort.api.util.ContextClassLoader;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * Each third-party stack, used for real inside the running distribution: this is what proves that
 * the library bundles export what their users need and that their class loading (service loaders,
 * native libraries) works under OSGi, before any capability depends on them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class LibrariesIT extends RetortContainer {

    private static final String ASPIRIN = "CC(=O)Oc1ccccc1C(=O)O";

    @Test
    public void cdkParsesComputesDescriptorsAndInChIWithItsNativeLibrary() throws Exception {
        IAtomContainer aspirin = new SmilesParser(SilentChemObjectBuilder.getInstance()).parseSmiles(ASPIRIN);
        assertEquals(180.159, AtomContainerManipulator.getMass(aspirin, AtomContainerManipulator.MolWeight), 0.01);
        DoubleResult tpsa = (DoubleResult) new TPSADescriptor().calculate(aspirin).getValue();
        assertEquals(63.6, tpsa.doubleValue(), 0.05);

        // Descriptor discovery goes through ServiceLoader: it needs the library bundle's classloader.
        List<IMolecularDescriptor> all = ContextClassLoader.call(DescriptorEngine.class,
                () -> new DescriptorEngine(IMolecularDescriptor.class, SilentChemObjectBuilder.getInstance())
                        .getDescriptorInstances().stream().map(IMolecularDescriptor.class::cast).toList());
        assertTrue("CDK found " + all.size() + " descriptors", all.size() > 40);

        String key = ContextClassLoader.call(InChIGeneratorFactory.class,
                () -> InChIGeneratorFactory.getInstance().getInChIGenerator(aspirin).getInchiKey());
        assertEquals("BSYNRYMUTXBXSQ-UHFFFAOYSA-N", key);
    }

    @Test
    public void camelRunsARoute() throws Exception {
        CamelContext camel = ContextClassLoader.call(CamelContext.class, () -> {
            DefaultCamelContext c = new DefaultCamelContext();
            c.setApplicationContextClassLoader(CamelContext.class.getClassLoader());
            c.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").transform(simple("${body} reacted")).to("seda:out");
                }
            });
            c.start();
            return c;
        });
        try {
            camel.createProducerTemplate().sendBody("direct:in", "ethanol");
            assertEquals("ethanol reacted", camel.createConsumerTemplate().receiveBody("seda:out", 10_000, String.class));
        } finally {
            camel.stop();
        }
    }

    @Test
    public void derbyAnswersSqlAndEclipseLinkIsThere() throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:retort-smoke");
        ds.setCreateDatabase("create");
        try (var connection = ds.getConnection(); Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE molecule (id INT PRIMARY KEY, smiles VARCHAR(200))");
            st.execute("INSERT INTO molecule VALUES (1, '" + ASPIRIN + "')");
            try (ResultSet rs = st.executeQuery("SELECT smiles FROM molecule WHERE id = 1")) {
                assertTrue(rs.next());
                assertEquals(ASPIRIN, rs.getString(1));
            }
        }
        assertNotNull(new org.eclipse.persistence.jpa.PersistenceProvider().getProviderUtil());
        assertNotNull(Class.forName("org.postgresql.Driver", false, org.postgresql.Driver.class.getClassLoader()));
    }

    @Test
    public void tribuoTrainsXGBoostWithItsNativeLibrary() throws Exception {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance("y = 2x + 1", factory), factory);
        for (int i = 0; i < 200; i++) {
            double x = i / 10.0;
            data.add(new ArrayExample<>(new Regressor("y", 2 * x + 1), new String[] {"x"}, new double[] {x}));
        }
        Model<Regressor> model = ContextClassLoader.call(XGBoostRegressionTrainer.class,
                () -> new XGBoostRegressionTrainer(50).train(data));
        Prediction<Regressor> p = model.predict(new ArrayExample<>(factory.getUnknownOutput(), new String[] {"x"}, new double[] {10.0}));
        assertEquals(21.0, p.getOutput().getValues()[0], 0.5);
    }

    @Test
    public void artemisBrokerCarriesAMessageInVm() throws Exception {
        EmbeddedActiveMQ broker = ContextClassLoader.call(EmbeddedActiveMQ.class, () -> {
            ConfigurationImpl config = new ConfigurationImpl();
            config.setPersistenceEnabled(false);
            config.setSecurityEnabled(false);
            config.setJMXManagementEnabled(false);
            config.addAcceptorConfiguration("in-vm", "vm://7");
            EmbeddedActiveMQ b = new EmbeddedActiveMQ();
            b.setConfiguration(config);
            b.start();
            return b;
        });
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://7");
                Connection connection = ContextClassLoader.call(ActiveMQConnectionFactory.class, () -> factory.createConnection())) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("retort.smoke");
            session.createProducer(queue).send(session.createTextMessage("run 42 queued"));
            MessageConsumer consumer = session.createConsumer(queue);
            TextMessage received = (TextMessage) consumer.receive(10_000);
            assertNotNull("a message arrived", received);
            assertEquals("run 42 queued", received.getText());
        } finally {
            broker.stop();
        }
    }
}
