/* cmd_parse.c — placeholder until the subcommand lands; replaced by its implementation. */
#include "cli/commands.h"

#include <stdio.h>

int dyad_cmd_parse(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dyad parse: not built yet\n");
    return DYAD_EXIT_INTERNAL;
}
