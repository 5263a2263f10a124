/* cmd_dict.c — placeholder until the subcommand lands; replaced by its implementation. */
#include "cli/commands.h"

#include <stdio.h>

int dyad_cmd_dict(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dyad dict: not built yet\n");
    return DYAD_EXIT_INTERNAL;
}
