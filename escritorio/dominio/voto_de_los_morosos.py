"""Si vota quien debe cuotas: una sola regla y una sola frase para todas las pantallas.

La regla sale de dos datos que se guardan por separado y solo juntos dicen algo:
- la asociación (Cuotas › Morosidad): cuántas cuotas anuales impagas suspenden el voto (`cuotas`, None: ninguna);
- cada órgano (sus reglas de sesión): si en sus sesiones se aplica esa suspensión (`se_aplica`).

Quien debe `cuotas` o más no vota ni cuenta para el quórum solo si las dos cosas se dan (es lo que aplican la
asistencia, el quórum y las votaciones: servicios.sesiones.asistencia.asistencia, servicios.organos.composicion). Sin
`cuotas`, el órgano que «aplica la suspensión» no suspende a nadie: la frase lo dice así, y ninguna pantalla
afirma que los morosos no votan.
"""

from dataclasses import dataclass

from .traduccion import traducir


@dataclass(frozen=True)
class ReglaDelVotoMoroso:
    cuotas: int | None                   # cuotas anuales impagas que suspenden el voto (None: nadie lo pierde)
    articulo: str | None = None          # el artículo que lo dice
    se_aplica: bool = True               # el órgano aplica la suspensión en sus sesiones
    organo: str | None = None            # de qué órgano se habla (None: la asociación entera)
    no_la_aplican: tuple[str, ...] = ()  # sin órgano: los órganos que no la aplican en sus sesiones

    @property
    def suspende(self) -> bool:
        """¿Alguien puede perder el voto por deudas en las sesiones de este órgano?"""
        return self.cuotas is not None and self.se_aplica

    def texto(self) -> str:
        """La frase que muestran Morosidad, las reglas de sesión, Órganos y la línea de órdenes, en el idioma en
        curso: «2 cuotas anuales impagas suspenden el voto (Estatuto, art. 9): quien las debe no vota ni cuenta
        para el quórum.»"""
        if self.cuotas is None:
            return traducir("Los estatutos no suspenden el voto por cuotas impagas: quien debe cuotas vota y cuenta "
                            "para el quórum.")
        cita = f" ({self.articulo})" if self.articulo else ""
        regla = (traducir("1 cuota anual impaga suspende el voto{0}").format(cita) if self.cuotas == 1
                 else traducir("{0} cuotas anuales impagas suspenden el voto{1}").format(self.cuotas, cita))
        una = self.cuotas == 1
        if self.organo is not None and not self.se_aplica:
            return (traducir("{0}, pero en las sesiones de {1} no se aplica: quien la debe vota igual.") if una
                    else traducir("{0}, pero en las sesiones de {1} no se aplica: quien las debe vota igual.")
                    ).format(regla, self.organo)
        texto = (traducir("{0}: quien la debe no vota ni cuenta para el quórum.") if una
                 else traducir("{0}: quien las debe no vota ni cuenta para el quórum.")).format(regla)
        if self.organo is None and self.no_la_aplican:
            texto += " " + traducir("No se aplica en las sesiones de: {0}.").format(", ".join(self.no_la_aplican))
        return texto
