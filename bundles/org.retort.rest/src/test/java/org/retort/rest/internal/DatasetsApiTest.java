package org.retort.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retort.auth.internal.TestAuth.Account;
import org.retort.rest.testkit.Workflows;
import org.retort.store.AuditQuery;
import org.retort.store.Role;
import org.retort.web.testkit.RestHarness.Reply;

/** Versioned datasets over HTTP, with the real security filter, store and CDK: uploads, downloads, diffs, isolation. */
class DatasetsApiTest {

    private ApiFixture fx;
    private Account ada;
    private Account bob;
    private List<String> nci;

    @BeforeEach
    void start() throws IOException {
        fx = new ApiFixture();
        ada = fx.auth.account("ada", Role.SCIENTIST);
        bob = fx.auth.account("bob", Role.SCIENTIST);
        nci = Files.readAllLines(Workflows.folder().resolve("data/nci-500.smi"));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String create(Account who, String name) {
        Reply created = fx.post(who, "v1/workspaces/" + who.workspaceId() + "/datasets", "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private Reply upload(Account who, String id, String query, String content) {
        return fx.postBytes(who, "v1/datasets/" + id + "/versions?" + query, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Lines {@code from}..{@code to} (1-based, inclusive) of nci-500.smi. */
    private List<String> lines(int from, int to) {
        return new ArrayList<>(nci.subList(from - 1, to));
    }

    @Test
    void versionsAreStoredCountedDeduplicatedListedAndDownloaded() {
        String id = create(ada, "NCI hits");
        String v1 = String.join("\n", lines(1, 20)) + "\n";
        Reply first = upload(ada, id, "name=hits.smi", v1);
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.json().path("version").path("version").asInt()).isEqualTo(1);
        assertThat(first.json().path("version").path("rowCount").asLong()).isEqualTo(20);
        assertThat(first.json().path("version").path("format").asText()).isEqualTo("smiles");
        assertThat(first.json().path("version").path("sha256").asText()).hasSize(64);

        Reply same = upload(ada, id, "name=again.smi", v1);
        assertThat(same.status()).as("identical content adds no version: %s", same).isEqualTo(200);
        assertThat(same.json().path("version").path("version").asInt()).isEqualTo(1);

        Reply second = upload(ada, id, "name=hits.smi", String.join("\n", lines(1, 30)));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("version").path("version").asInt()).isEqualTo(2);
        assertThat(second.json().path("version").path("rowCount").asLong()).isEqualTo(30);

        assertThat(fx.get(ada, "v1/datasets/" + id).json().path("dataset").path("latestVersion").asInt()).isEqualTo(2);
        assertThat(fx.get(ada, "v1/datasets/" + id + "/versions").json().findValuesAsText("version")).containsExactly("1", "2");
        assertThat(fx.get(ada, "v1/datasets/" + id + "/versions/1").json().path("rowCount").asLong()).isEqualTo(20);
        Reply file = fx.get(ada, "v1/datasets/" + id + "/versions/1/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(v1);
        assertThat(file.header("Content-Disposition").orElseThrow()).contains("hits.smi");
        assertThat(fx.get(ada, "v1/datasets/" + id + "/versions/3").isProblem(404)).isTrue();

        assertThat(fx.get(ada, "v1/workspaces/" + ada.workspaceId() + "/datasets?name=nci").json().path("total").asInt()).isEqualTo(1);
        assertThat(fx.get(ada, "v1/workspaces/" + ada.workspaceId() + "/datasets?name=zzz").json().path("total").asInt()).isZero();
        assertThat(fx.get(ada, "v1/workspaces/" + ada.workspaceId() + "/datasets").json().path("items").get(0).path("name").asText())
                .isEqualTo("NCI hits");
        assertThat(fx.post(ada, "v1/workspaces/" + ada.workspaceId() + "/datasets", "{\"name\": \"nci HITS\"}").isProblem(409)).isTrue();

        assertThat(fx.store.audit().list(AuditQuery.all(), 0, 100).items())
                .extracting(e -> e.action()).contains("dataset.create", "dataset.version");
    }

    @Test
    void theDiffOfTwoSmilesVersionsGoesByInChIKey() {
        String id = create(ada, "diffed");
        assertThat(upload(ada, id, "name=v1.smi", String.join("\n", lines(1, 20))).status()).isEqualTo(201);
        List<String> v2 = lines(5, 25);
        String renamed = v2.get(5);                                  // line 10 of the file
        v2.set(5, renamed.substring(0, renamed.indexOf('\t')) + "\trenamed");
        v2.add("C1CC(N");                                            // a broken SMILES
        assertThat(upload(ada, id, "name=v2.smi", String.join("\n", v2)).status()).isEqualTo(201);

        Reply diff = fx.get(ada, "v1/datasets/" + id + "/diff?from=1&to=2");
        assertThat(diff.status()).as("%s", diff).isEqualTo(200);
        JsonNode d = diff.json();
        assertThat(d.path("removed").size()).as("%s", d).isEqualTo(4);
        assertThat(d.path("added").size()).isEqualTo(5);
        assertThat(d.path("changed").size()).isEqualTo(1);
        assertThat(d.path("changed").get(0).path("id").asText()).isEqualTo("renamed");
        assertThat(d.path("changed").get(0).path("changes").path("name").get(0).asText()).isEqualTo("10");
        assertThat(d.path("changed").get(0).path("inchikey").asText()).matches("[A-Z]{14}-[A-Z]{10}-[A-Z]");
        assertThat(d.path("unchanged").asLong()).isEqualTo(15);
        assertThat(d.path("unparsed").size()).isEqualTo(1);
        assertThat(d.path("unparsed").get(0).path("version").asInt()).isEqualTo(2);
        assertThat(d.path("unparsed").get(0).path("record").asInt()).isEqualTo(22);
        assertThat(d.path("totals").path("added").asLong()).isEqualTo(5);
        assertThat(d.path("truncated").asBoolean()).isFalse();
        assertThat(fx.get(ada, "v1/datasets/" + id + "/diff").json().path("totals")).as("latest against the one before")
                .isEqualTo(d.path("totals"));
    }

    @Test
    void aCsvVersionWithASmilesColumnIsComparedByItsOtherColumns() {
        String id = create(ada, "assay");
        String v1 = "id,smiles,ic50\nA,CCO,1.5\nB,c1ccccc1,2.0\nC,\"CC(=O)O\",3\n";
        String v2 = "id,smiles,ic50\nA,OCC,1.5\nB,c1ccccc1,2.5\nD,CCN,4\n";
        Reply first = upload(ada, id, "name=assay.csv", v1);
        assertThat(first.json().path("version").path("rowCount").asLong()).as("%s", first).isEqualTo(3);
        assertThat(first.json().path("version").path("format").asText()).isEqualTo("csv");
        upload(ada, id, "name=assay-2.txt&format=csv", v2);
        JsonNode d = fx.get(ada, "v1/datasets/" + id + "/diff?from=1&to=2").json();
        assertThat(d.path("unchanged").asLong()).as("CCO and OCC are one molecule: %s", d).isEqualTo(1);
        assertThat(d.path("changed").get(0).path("id").asText()).isEqualTo("B");
        assertThat(d.path("changed").get(0).path("changes").path("ic50").toString()).isEqualTo("[\"2.0\",\"2.5\"]");
        assertThat(d.path("added").get(0).path("id").asText()).isEqualTo("D");
        assertThat(d.path("removed").get(0).path("id").asText()).isEqualTo("C");
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheAcceptedOnes() {
        String id = create(ada, "odd");
        Reply bad = upload(ada, id, "name=molecules.xyz", "CCO\n");
        assertThat(bad.isProblem(400)).as("%s", bad).isTrue();
        assertThat(bad.json().path("detail").asText()).contains("smiles", "csv", "sdf");
        assertThat(upload(ada, id, "name=m.smi&format=pdb", "CCO\n").isProblem(400)).isTrue();
        assertThat(upload(ada, id, "name=m.smi.gz", "not gzip").status()).as("gzip is recognized by its content").isEqualTo(201);
        assertThat(fx.post(ada, "v1/workspaces/" + ada.workspaceId() + "/datasets", "{\"nom\": 1}").isProblem(400)).isTrue();
        assertThat(fx.post(ada, "v1/workspaces/" + ada.workspaceId() + "/datasets", "{oops").isProblem(400)).isTrue();
    }

    @Test
    void anotherUsersDatasetDoesNotExistForYouAndOperatorsHaveNoDatasets() {
        String id = create(ada, "private");
        assertThat(upload(ada, id, "name=a.smi", "CCO ethanol\n").status()).isEqualTo(201);
        assertThat(fx.get(bob, "v1/datasets/" + id).isProblem(404)).isTrue();
        assertThat(fx.get(bob, "v1/datasets/" + id + "/versions/1/file").isProblem(404)).isTrue();
        assertThat(fx.get(bob, "v1/datasets/" + id + "/diff?from=1&to=1").isProblem(404)).isTrue();
        assertThat(upload(bob, id, "name=b.smi", "CCN\n").isProblem(404)).isTrue();
        assertThat(fx.get(bob, "v1/workspaces/" + ada.workspaceId() + "/datasets").isProblem(404)).isTrue();

        fx.put(ada, "v1/workspaces/" + ada.workspaceId() + "/members/bob", "{\"role\": \"VIEWER\"}");
        assertThat(fx.get(bob, "v1/datasets/" + id).status()).isEqualTo(200);
        assertThat(upload(bob, id, "name=b.smi", "CCN\n").isProblem(403)).as("a viewer does not write").isTrue();

        Account op = fx.auth.account("op", Role.OPERATOR);
        assertThat(fx.get(op, "v1/workspaces/" + op.workspaceId() + "/datasets").isProblem(403)).isTrue();
        assertThat(fx.post(op, "v1/workspaces/" + op.workspaceId() + "/datasets", "{\"name\": \"x\"}").isProblem(403)).isTrue();
        assertThat(fx.get(op, "v1/datasets/" + id).isProblem(403)).isTrue();
    }
}
