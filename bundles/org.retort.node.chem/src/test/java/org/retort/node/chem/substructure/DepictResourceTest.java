package org.retort.node.chem.substructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.retort.web.ProblemException;

class DepictResourceTest {

    private static final String ASPIRIN = "CC(=O)Oc1ccccc1C(=O)O";
    private static final String ETHANOL_MOLFILE = """
            ethanol
              CDK

              3  2  0  0  0  0  0  0  0  0999 V2000
                0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                1.2990    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0
                2.5981    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0
              1  2  1  0  0  0  0
              2  3  1  0  0  0  0
            M  END
            """;

    private final DepictResource resource = new DepictResource();

    private String svg(jakarta.ws.rs.core.Response response) {
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).isEqualTo(DepictResource.SVG);
        return (String) response.getEntity();
    }

    @Test
    void drawsAMoleculeAtTheAskedSizeTheSameWayEveryTime() {
        String svg = svg(resource.depict(ASPIRIN, 200, 150, null));
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("width='200.0px'").contains("height='150.0px'");
        assertThat(svg(resource.depict(ASPIRIN, 200, 150, null))).isEqualTo(svg);
        assertThat(svg(resource.depict(ASPIRIN, 120, 0, null))).contains("width='120.0px'").contains("height='120.0px'");
    }

    @Test
    void highlightsTheAtomsASmartsPatternMatches() {
        String plain = svg(resource.depict(ASPIRIN, 200, 200, null));
        String highlighted = svg(resource.depict(ASPIRIN, 200, 200, "C(=O)[OH]"));
        assertThat(plain).doesNotContain("#66B3FF");
        assertThat(highlighted).containsIgnoringCase("#66B3FF");
        // a pattern that matches nothing draws the plain molecule
        assertThat(svg(resource.depict(ASPIRIN, 200, 200, "[Br]"))).isEqualTo(plain);
    }

    @Test
    void drawsAMolfileSentAsTheBodyWithItsOwnCoordinates() {
        assertThat(svg(resource.depictBody(ETHANOL_MOLFILE, 200, 0, null))).contains("<svg");
    }

    @Test
    void badInputIsAClearProblem() {
        assertProblem(() -> resource.depict(null, 200, 0, null), 400, "No molecule");
        assertProblem(() -> resource.depict("C1CC", 200, 0, null), 400, "Unreadable molecule");
        assertProblem(() -> resource.depict(ASPIRIN, 200, 0, "[C"), 400, "Invalid highlight");
        assertProblem(() -> resource.depict(ASPIRIN, 10, 0, null), 400, "Invalid size");
        assertProblem(() -> resource.depict(ASPIRIN, 200, 5000, null), 400, "Invalid size");
        assertProblem(() -> resource.depict("C".repeat(DepictResource.MAX_LENGTH + 1), 200, 0, null), 400, "Molecule too large");
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String title) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(status);
            assertThat(e.problem().title()).isEqualTo(title);
            assertThat(e.problem().detail()).isNotBlank().doesNotContain("Exception");
        });
    }
}
