package org.retort.auth.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.retort.auth.Caller;
import org.retort.web.Public;
import org.retort.web.RequiresPermission;

/** Endpoints with each kind of protection, for the filter's tests. */
@Path("v1/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @GET
    @Path("read")
    @RequiresPermission("workflows:read")
    public Map<String, String> read(@Context SecurityContext security) {
        return Map.of("caller", Caller.of(security).map(Caller::username).orElse(""));
    }

    @POST
    @Path("write")
    @RequiresPermission("workflows:write")
    public Map<String, String> write(@Context SecurityContext security) {
        return Map.of("caller", Caller.of(security).map(Caller::username).orElse(""));
    }

    @GET
    @Path("open")
    @Public
    public Map<String, String> open(@Context SecurityContext security) {
        return Map.of("caller", Caller.of(security).map(Caller::username).orElse(""));
    }

    @GET
    @Path("unassigned")
    public Map<String, String> unassigned() {
        return Map.of("reached", "yes");
    }
}
