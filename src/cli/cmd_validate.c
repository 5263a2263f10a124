/* cmd_validate.c — placeholder until the subcommand lands; replaced by its implementation. */
#include "cli/commands.h"

#include <stdio.h>

int dyad_cmd_validate(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "dyad validate: not built yet\n");
    return DYAD_EXIT_INTERNAL;
}
