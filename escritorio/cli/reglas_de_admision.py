"""«asociacion admision»: cuándo rige una admisión, cuándo vence la primera cuota de quien ingresa y qué año paga
quien es excluido, cada regla con su artículo (servicios.reglas_de_admision)."""

from .comun import con_asociacion, imprimir_json, oficina_de


def agregar_orden(sub) -> None:
    admision = sub.add_parser(
        "admision", help="cuándo rige una admisión, la gracia de la primera cuota y la cuota de quien es excluido",
        description="Tres reglas de la asociación, cada una con el artículo del estatuto o del reglamento que la "
                    "dice. Sin opciones, las muestra; lo que no se indica queda como está. La admisión rige --rige "
                    "días después de la sesión que la decide (0: ese día; 1, por omisión: el día siguiente); hasta "
                    "entonces la ciudad sigue solicitante. La primera cuota de quien ingresa durante el año vence "
                    "--gracia días después de su ingreso («escala», por omisión: los días que la escala da a todos "
                    "desde el 1 de enero hasta su vencimiento), nunca antes del vencimiento de la emisión; vale "
                    "para las cuotas que se emitan desde ahora. Quien es excluido paga su año «como-la-baja» (la "
                    "regla de la escala, por omisión), «completo» o «hasta-el-mes» de la exclusión.")
    admision.add_argument("--rige", metavar="DIAS", help="días desde la sesión hasta que rige la admisión (0 a 365)")
    admision.add_argument("--articulo-admision", metavar="CITA", help='el artículo que lo dice ("Estatuto, art. 8"; "" lo quita)')
    admision.add_argument("--gracia", metavar="DIAS|escala",
                          help="días de gracia de la primera cuota (1 a 365), o «escala» (los de la escala)")
    admision.add_argument("--articulo-gracia", metavar="CITA", help="el artículo que lo dice")
    admision.add_argument("--exclusion", metavar="REGLA", help="como-la-baja, completo o hasta-el-mes")
    admision.add_argument("--articulo-exclusion", metavar="CITA", help="el artículo que lo dice")
    admision.add_argument("--json", action="store_true", help="salida en JSON")
    con_asociacion(admision)
    admision.set_defaults(funcion=orden_admision)


def orden_admision(args) -> None:
    from dataclasses import asdict

    from ..servicios.reglas_de_admision import fijar_reglas_de_admision, leer_reglas_de_admision

    contexto = oficina_de(args).contexto
    cambios = {campo: valor for campo, valor in (
        ("admision_dias", args.rige), ("articulo_admision", args.articulo_admision),
        ("gracia_primera_cuota", None if args.gracia is not None and args.gracia.strip().lower() == "escala"
         else args.gracia), ("articulo_gracia", args.articulo_gracia),
        ("cuota_exclusion", args.exclusion), ("articulo_exclusion", args.articulo_exclusion)) if valor is not None
        or (campo == "gracia_primera_cuota" and args.gracia is not None)}
    reglas = fijar_reglas_de_admision(contexto, **cambios) if cambios else leer_reglas_de_admision(contexto)
    if args.json:
        imprimir_json({**asdict(reglas), "textos": reglas.textos()})
        return
    print("Reglas de admisión guardadas:" if cambios else "Reglas de admisión:")
    for texto in reglas.textos():
        print(f"  - {texto}")
