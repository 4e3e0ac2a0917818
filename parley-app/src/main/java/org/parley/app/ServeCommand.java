package org.parley.app;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.app.web.ApiServer;
import org.parley.nlp.NlpOptions;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley serve}: the HTTP API over a store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the HTTP API (described at /openapi.json) over the store.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--token", description = "Bearer token for POST /api/extract; required when --host is not a loopback address.")
  Optional<String> token = Optional.empty();

  @Mixin StoreOption store;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try (Store s = store.openExisting()) {
      var pipeline = new Object() {
        Pipeline value;

        synchronized Pipeline get() {
          if (value == null) {
            value = Pipeline.standard(NlpOptions.defaults(), Optional.empty());
          }
          return value;
        }
      };
      try (ApiServer server = new ApiServer(host, port, s, pipeline::get, token)) {
        server.start();
        err.printf("parley serve: http://%s:%d/ (API description at /openapi.json); store %s%n", host, server.port(), s.location());
        err.flush();
        new CountDownLatch(1).await();
      }
    }
    return ExitCodes.OK;
  }
}
