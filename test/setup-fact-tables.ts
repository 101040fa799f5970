// Every unit test runs with the facts' tables installed, as the CLI and the background do at start-up.
import '../lib/facts/fact-tables-node';
