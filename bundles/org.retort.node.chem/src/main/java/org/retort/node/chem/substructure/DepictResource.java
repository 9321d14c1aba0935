package org.retort.node.chem.substructure;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.osgi.service.component.annotations.Component;
import org.retort.api.data.Molecule;
import org.retort.node.chem.internal.Structures;
import org.retort.web.JaxRsComponent;
import org.retort.web.ProblemException;
import org.retort.web.RequiresPermission;

/**
 * Molecule pictures for the editor's tables: {@code GET /api/v1/depict?smiles=…&w=&h=&highlight=SMARTS} (for an
 * {@code <img>}), or {@code POST /api/v1/depict} with the molecule (SMILES or a molfile) as the text body.
 * Answers an SVG drawn by CDK's depiction generator, the same drawing as the substructure node's, matched atoms
 * highlighted; the same request always gives the same bytes, so browsers may keep it for a day.
 */
@Component(service = JaxRsComponent.class)
@Path("v1/depict")
public final class DepictResource implements JaxRsComponent {

    static final String SVG = "image/svg+xml";
    /** Longer inputs are refused: a molfile of a large natural product is ~30 kB. */
    static final int MAX_LENGTH = 200_000;
    static final int MIN_SIZE = 50;
    static final int MAX_SIZE = 2000;

    @GET
    @Produces(SVG)
    @RequiresPermission("nodes:read")
    public Response depict(@QueryParam("smiles") String smiles, @QueryParam("w") @DefaultValue("300") int width,
            @QueryParam("h") @DefaultValue("0") int height, @QueryParam("highlight") String highlight) {
        return svg(smiles, width, height, highlight);
    }

    @POST
    @Produces(SVG) // any body type: the text is the molecule (text/plain, chemical/x-mdl-molfile, …)
    @RequiresPermission("nodes:read")
    public Response depictBody(String molecule, @QueryParam("w") @DefaultValue("300") int width,
            @QueryParam("h") @DefaultValue("0") int height, @QueryParam("highlight") String highlight) {
        return svg(molecule, width, height, highlight);
    }

    private static Response svg(String text, int width, int height, String highlight) {
        if (text == null || text.isBlank()) {
            throw new ProblemException(400, "No molecule", "Give the molecule as 'smiles' (or as the body of a POST).");
        }
        if (text.length() > MAX_LENGTH) {
            throw new ProblemException(400, "Molecule too large", "At most " + MAX_LENGTH + " characters are depicted.");
        }
        int w = size("w", width);
        int h = height == 0 ? w : size("h", height);
        IAtomContainer structure;
        try {
            structure = Structures.copy(Structures.of(Molecule.of(text)));
        } catch (CDKException | RuntimeException e) {
            throw new ProblemException(400, "Unreadable molecule", "The molecule cannot be read: " + reason(e));
        }
        List<int[]> matches = List.of();
        if (highlight != null && !highlight.isBlank()) {
            try {
                var result = SubstructureSearch.compile(highlight).search(structure);
                structure = result.target();
                matches = result.matches();
            } catch (IllegalArgumentException e) {
                throw new ProblemException(400, "Invalid highlight", e.getMessage());
            } catch (CDKException e) {
                throw new ProblemException(400, "Invalid highlight", "The pattern cannot be matched: " + reason(e));
            }
        }
        String svg;
        try {
            svg = Depictions.svg(structure, matches, w, h);
        } catch (CDKException | RuntimeException e) {
            throw new ProblemException(422, "Cannot depict", "CDK cannot lay this molecule out: " + reason(e));
        }
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86_400);
        return Response.ok(svg, SVG).cacheControl(cache).build();
    }

    private static int size(String name, int value) {
        if (value < MIN_SIZE || value > MAX_SIZE) {
            throw new ProblemException(400, "Invalid size", "'" + name + "' must be between " + MIN_SIZE + " and " + MAX_SIZE + " pixels, not " + value + ".");
        }
        return value;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.replace('\n', ' ').strip();
    }
}
