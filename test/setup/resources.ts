// Every test runs the core with the Node adapter's resources, as the CLI does.
import '../../src/node/resources.js';
