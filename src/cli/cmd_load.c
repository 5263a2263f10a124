/* cmd_load.c — placeholder until the subcommand lands; replaced by its implementation. */
#include "cli/commands.h"

#include <stdio.h>

int dyad_cmd_load(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dyad load: not built yet\n");
    return DYAD_EXIT_INTERNAL;
}
